package cn.nengshang.ledger.history;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.policy.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
class HistoryController {

    private final HistoryRepository history;
    private final PeopleDirectory access;

    HistoryController(HistoryRepository history, PeopleDirectory access) {
        this.history = history;
        this.access = access;
    }

    record HistoryLine(String type, Instant at, String actor, String correlationId, String summary) {
    }

    /** Every event about the person, oldest first. */
    @GetMapping("/api/v1/staff/{staffId}/history")
    @Transactional(readOnly = true)
    List<HistoryLine> history(@PathVariable StaffId staffId, Actor actor) {
        access.readable(staffId, actor);
        return history.findByStaffIdOrderByPositionAscOccurredAtAsc(staffId.value()).stream()
                .map(e -> new HistoryLine(e.eventType(), e.occurredAt(), e.actor(), e.correlationId(),
                        new Text(e.summaryZh(), e.summaryEn()).in(LocaleContextHolder.getLocale())))
                .toList();
    }
}
