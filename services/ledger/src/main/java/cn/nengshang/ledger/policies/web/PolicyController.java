package cn.nengshang.ledger.policies.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.policies.api.PublishPolicy;
import cn.nengshang.ledger.policies.query.PolicyRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/policies")
class PolicyController {

    private final PolicyRegistry registry;
    private final Commands commands;
    private final ObjectMapper json;

    PolicyController(PolicyRegistry registry, Commands commands, ObjectMapper json) {
        this.registry = registry;
        this.commands = commands;
        this.json = json;
    }

    record PolicySummary(String policyId, String name, LocalDate effectiveFrom, int termMonths, int tasks,
                         Instant publishedAt, String publishedBy) {
    }

    @GetMapping
    List<PolicySummary> list(Actor actor) {
        return registry.published().stream()
                .map(p -> new PolicySummary(p.policy().policyId(),
                        p.policy().name().in(LocaleContextHolder.getLocale()),
                        p.policy().effectiveFrom(), p.policy().termMonths(), p.policy().tasks().size(),
                        p.publishedAt(), p.publishedBy()))
                .toList();
    }

    /** The version's document exactly as it was published. */
    @GetMapping("/{policyId}")
    JsonNode get(@PathVariable String policyId, Actor actor) {
        String document = registry.published(policyId)
                .orElseThrow(() -> new LedgerException(ErrorCode.POLICY_NOT_FOUND, policyId)).document();
        try {
            return json.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Published(String policyId) {
    }

    /** ADMIN: publish a new policy version; a malformed or inconsistent one is refused with what is wrong. */
    @PostMapping
    ResponseEntity<Published> publish(@RequestBody JsonNode document, Actor actor) {
        Operation.PUBLISH_POLICY.check(actor, Subject.CONSORTIUM);
        String policyId = document.path("policyId").asText("");
        if (policyId.isBlank()) {
            throw new LedgerException(ErrorCode.POLICY_INVALID, "policyId is missing");
        }
        try {
            commands.send(new PublishPolicy(policyId, document.toString()), actor);
        } catch (AggregateStreamCreationException e) {
            throw new LedgerException(ErrorCode.POLICY_EXISTS, policyId);
        }
        return ResponseEntity.created(URI.create("/api/v1/policies/" + policyId)).body(new Published(policyId));
    }
}
