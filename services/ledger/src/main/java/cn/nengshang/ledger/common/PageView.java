package cn.nengshang.ledger.common;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and where they stand in the whole. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <R, T> PageView<T> of(Page<R> page, Function<R, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
