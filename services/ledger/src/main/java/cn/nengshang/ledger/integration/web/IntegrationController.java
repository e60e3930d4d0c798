package cn.nengshang.ledger.integration.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.integration.publish.IntegrationPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** The administrator's explicit republish of integration events (API "Kafka"); there only when Kafka is on. */
@RestController
class IntegrationController {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationController.class);
    private final ObjectProvider<IntegrationPublisher> publisher;
    private final long widest;

    IntegrationController(ObjectProvider<IntegrationPublisher> publisher,
                          @Value("${nengshang.kafka.republish-max-positions:1000000}") long widest) {
        this.publisher = publisher;
        this.widest = widest;
    }

    /** Positions of the event store, both included. */
    record Range(Long from, Long to) {
    }

    record Republished(long from, long to, int published) {
    }

    @PostMapping("/api/v1/admin/integration/republish")
    Republished republish(@RequestBody Range range, Actor actor) {
        Operation.MANAGE_PROCESSING.check(actor, Subject.CONSORTIUM);
        IntegrationPublisher kafka = publisher.getIfAvailable();
        if (kafka == null) throw new LedgerException(ErrorCode.NOT_FOUND);
        List<FieldProblem> problems = new ArrayList<>();
        if (range.from() == null || range.from() < 0) problems.add(FieldProblem.of("from", "INVALID"));
        if (range.to() == null || range.from() != null && range.to() < range.from()) {
            problems.add(FieldProblem.of("to", "INVALID"));
        } else if (range.from() != null && range.to() - range.from() >= widest) {
            problems.add(FieldProblem.of("to", "TOO_WIDE", widest));
        }
        LedgerException.failIfAny(problems);
        int published = kafka.republish(range.from(), range.to());
        LOG.info("{} republished positions {} to {}: {} messages", actor.sub(), range.from(), range.to(), published);
        return new Republished(range.from(), range.to(), published);
    }
}
