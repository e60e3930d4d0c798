package cn.nengshang.policy.rules;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.Text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads policy versions from JSON and refuses one that is malformed or inconsistent, saying what is
 * wrong: an unknown metric, a missing target, a repeated task.
 */
public final class PolicyLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PolicyLoader() {
    }

    /** Every {@code *.json} file of the folder, one policy version each. */
    public static PolicyBook loadFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Policy> versions = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    versions.add(read(in, file.getFileName().toString()));
                }
            }
            if (versions.isEmpty()) {
                throw new SeedFormatException("no policy version in " + folder);
            }
            return new PolicyBook(versions);
        } catch (IOException e) {
            throw new SeedFormatException("cannot read policies in " + folder + ": " + e.getMessage(), e);
        }
    }

    public static Policy read(InputStream json, String source) {
        PolicyDocument doc;
        try {
            doc = JSON.readValue(json, PolicyDocument.class);
        } catch (IOException e) {
            throw new SeedFormatException(source + ": not a policy document: " + e.getMessage(), e);
        }
        return doc.toPolicy(source);
    }

    record PolicyDocument(String policyId, Text name, LocalDate effectiveFrom, Integer termMonths,
                          List<TaskDocument> tasks) {

        Policy toPolicy(String source) {
            List<String> problems = new ArrayList<>();
            if (policyId == null || policyId.isBlank()) problems.add("policyId is missing");
            if (name == null) problems.add("name is missing");
            if (effectiveFrom == null) problems.add("effectiveFrom is missing");
            if (termMonths == null || termMonths < 1) problems.add("termMonths must be at least 1");
            if (tasks == null || tasks.isEmpty()) problems.add("no tasks");
            List<TaskRule> rules = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TaskDocument task : tasks == null ? List.<TaskDocument>of() : tasks) {
                if (task.task() != null && !seen.add(task.task())) {
                    problems.add("task " + task.task() + " is listed twice");
                }
                task.toRule(problems).ifPresent(rules::add);
            }
            if (!problems.isEmpty()) {
                throw new SeedFormatException(source + ": " + String.join("; ", problems));
            }
            return new Policy(policyId, name, effectiveFrom, termMonths, rules);
        }
    }

    record TaskDocument(String task, Text name, TaskKind kind, Set<TaskFamily> families, Boolean surgicalOnly,
                        Combine combine, Reading reading, List<MeasureDocument> measures) {

        Optional<TaskRule> toRule(List<String> problems) {
            String id = task == null ? "(unnamed task)" : task;
            int before = problems.size();
            if (task == null || task.isBlank()) problems.add("a task has no id");
            if (name == null) problems.add(id + ": name is missing");
            if (kind == null) problems.add(id + ": kind is missing");
            if (families == null || families.isEmpty()) problems.add(id + ": no families");
            if (measures == null || measures.isEmpty()) problems.add(id + ": no measures");
            List<Measure> parsed = new ArrayList<>();
            for (MeasureDocument m : measures == null ? List.<MeasureDocument>of() : measures) {
                m.toMeasure(id, kind, problems).ifPresent(parsed::add);
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new TaskRule(task, name, kind, families,
                    Boolean.TRUE.equals(surgicalOnly),
                    combine == null ? Combine.ALL : combine,
                    reading == null ? Reading.QUARTER_TOTAL : reading,
                    parsed));
        }
    }

    record MeasureDocument(String metric, Map<Rank, Integer> targets) {

        Optional<Measure> toMeasure(String task, TaskKind kind, List<String> problems) {
            var known = Metric.byField(metric);
            int before = problems.size();
            if (known.isEmpty()) {
                problems.add(task + ": unknown metric " + metric);
            } else if ((kind == TaskKind.PER_WEEK) != (known.get() == Metric.GRASSROOTS_DAYS)) {
                problems.add(task + ": metric " + metric + " does not fit kind " + kind);
            }
            for (Rank rank : Rank.values()) {
                Integer target = targets == null ? null : targets.get(rank);
                if (target == null) {
                    problems.add(task + ": no target for " + rank);
                } else if (target < 0) {
                    problems.add(task + ": target for " + rank + " is negative");
                }
            }
            return problems.size() > before ? Optional.empty()
                    : Optional.of(new Measure(known.get(), targets));
        }
    }
}
