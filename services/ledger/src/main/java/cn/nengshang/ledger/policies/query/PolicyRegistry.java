package cn.nengshang.ledger.policies.query;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.policies.api.PolicyPublished;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyBook;
import cn.nengshang.policy.rules.PolicyLoader;
import cn.nengshang.ledger.common.SubscribedRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published policy versions, kept in the same transaction as their event (a subscribing processor),
 * so that a term started right after a publication binds to it. Parsed versions are cached, and the cache
 * follows the table, not this instance's events: another replica sharing the database may have published
 * a version, so each read compares the published ids with those the cache was parsed from.
 */
@Component
@ProcessingGroup(PolicyRegistry.GROUP)
public class PolicyRegistry implements PublishedPolicies, SubscribedRegistry {

    public static final String GROUP = "policies";

    private final PolicyRepository policies;
    private volatile Parsed cached = new Parsed(Set.of(), new PolicyBook(List.of()));

    private record Parsed(Set<String> ids, PolicyBook book) {
    }

    PolicyRegistry(PolicyRepository policies) {
        this.policies = policies;
    }

    @EventHandler
    void on(PolicyPublished event, @Timestamp Instant at, @MetaDataValue(Actor.SUB) String actor) {
        policies.save(new PolicyRow(event.policyId(), event.effectiveFrom(), event.document(), at, actor));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return policies.count() == 0;
    }

    @Override
    public void rebuild(EventMessage<?> event) {
        if (event.getPayload() instanceof PolicyPublished published) {
            on(published, event.getTimestamp(), (String) event.getMetaData().get(Actor.SUB));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public PolicyBook book() {
        Parsed parsed = cached;
        if (!parsed.ids().equals(policies.publishedIds())) {
            List<PolicyRow> rows = policies.findAll();
            parsed = new Parsed(rows.stream().map(PolicyRow::policyId).collect(Collectors.toUnmodifiableSet()),
                    new PolicyBook(rows.stream().map(row -> PolicyLoader.read(row.document(), row.policyId())).toList()));
            cached = parsed;
        }
        return parsed.book();
    }

    public record Published(Policy policy, Instant publishedAt, String publishedBy, String document) {
    }

    @Transactional(readOnly = true)
    public List<Published> published() {
        return policies.findAll().stream()
                .map(row -> new Published(book().find(row.policyId()).orElseThrow(), row.publishedAt(),
                        row.publishedBy(), row.document()))
                .sorted(Comparator.comparing(p -> p.policy().effectiveFrom()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Published> published(String policyId) {
        return published().stream().filter(p -> p.policy().policyId().equals(policyId)).findFirst();
    }
}
