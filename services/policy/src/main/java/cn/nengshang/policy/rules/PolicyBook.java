package cn.nengshang.policy.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every published policy version; answers which one was in force on a day. */
public final class PolicyBook {

    private final List<Policy> versions;

    public PolicyBook(List<Policy> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(Policy::effectiveFrom)).toList();
    }

    public Optional<Policy> inForceOn(LocalDate day) {
        return versions.stream().filter(p -> !p.effectiveFrom().isAfter(day)).reduce((a, b) -> b);
    }

    public Optional<Policy> find(String policyId) {
        return versions.stream().filter(p -> p.policyId().equals(policyId)).findFirst();
    }

    public List<Policy> versions() {
        return versions;
    }
}
