package cn.nengshang.ledger.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list as a caller asks for it: page from 0, size from 1 to {@link #MAX_SIZE}, and no deeper than
 * {@link #MAX_OFFSET} rows into the list; anything else is refused with 400 rather than quietly changed.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final long MAX_OFFSET = 1_000_000;

    public static Paging of(int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (size < 1 || size > MAX_SIZE) problems.add(FieldProblem.of("size", "RANGE", 1, MAX_SIZE));
        if (page < 0 || (size >= 1 && (long) page * size > MAX_OFFSET)) {
            problems.add(FieldProblem.of("page", "RANGE", 0, MAX_OFFSET / Math.max(1, Math.min(size, MAX_SIZE))));
        }
        LedgerException.failIfAny(problems);
        return new Paging(page, size);
    }

    public PageRequest request(Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    public PageRequest request() {
        return PageRequest.of(page, size);
    }

    /** The rows of this page out of a whole list. */
    public <T> PageView<T> of(List<T> all) {
        int from = (int) Math.min((long) page * size, all.size());
        return new PageView<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }
}
