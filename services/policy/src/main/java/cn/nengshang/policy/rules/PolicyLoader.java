package cn.nengshang.policy.rules;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.TextRule;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultLeniency(false)
            // a name is text: a number or a boolean where a text belongs is a mistake, not a name
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private PolicyLoader() {
    }

    /** The strict reading every rules document gets: unknown fields, coerced scalars and numbered enums refused. */
    public static ObjectMapper strictJson() {
        return JSON;
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
        try {
            return read(new String(json.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new SeedFormatException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads one policy document; a malformed or inconsistent one is refused with every problem named. */
    public static Policy read(String json, String source) {
        PolicyDocument doc;
        try {
            doc = JSON.readValue(json, PolicyDocument.class);
        } catch (IOException e) {
            throw new SeedFormatException(source + ": not a policy document: " + described(e), e);
        }
        if (doc == null) {
            throw new SeedFormatException(source + ": not a policy document: it is empty");
        }
        try {
            return doc.toPolicy(source);
        } catch (SeedFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SeedFormatException(source + ": not a policy document: a part of it is empty or of the wrong form", e);
        }
    }

    /** What is wrong, in the document's own terms: the field and the kind of fault, never a class name. */
    public static String described(IOException error) {
        if (error instanceof JsonParseException parse) {
            return "not valid JSON at line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr();
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce("", String::concat).replaceFirst("^\\.", "");
            return error instanceof UnrecognizedPropertyException ? "unknown field " + field
                    : "field " + field + " has a value of the wrong type or form";
        }
        return "not a JSON object of the expected form";
    }

    /** The longest name a policy gives a task or itself, in each language. */
    static final int MAX_NAME = 500;
    /** The largest target a task takes: far above any a county sets, far below what a count could overflow. */
    static final int MAX_TARGET = 100_000;

    public static void checkName(String what, Text name, List<String> problems) {
        if (name == null) {
            problems.add(what + ": name is missing");
            return;
        }
        for (String text : List.of(name.zh(), name.en())) {
            if (text.isBlank() || text.length() > MAX_NAME || TextRule.problem(text, false).isPresent()
                    || !TextRule.visible(text)) {
                problems.add(what + ": a name is one visible line of at most " + MAX_NAME
                        + " characters, without control or direction characters");
                return;
            }
        }
    }

    /** The mandatory tasks of the scheme (DOMAIN §3): a policy version must say how each is read. */
    public static final Set<String> SCHEME_TASKS = Set.of("D1", "D2", "D3", "T1", "T2", "B1", "B2", "B3", "B4", "B5",
            "B6", "B7", "B8", "B9", "B10", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "Q1", "Q2");

    record PolicyDocument(String policyId, Text name, LocalDate effectiveFrom, Integer termMonths,
                          Thresholds thresholds, List<TaskDocument> tasks) {

        Policy toPolicy(String source) {
            List<String> problems = new ArrayList<>();
            if (policyId == null || !policyId.matches("[A-Za-z0-9._-]{1,60}")) {
                problems.add("policyId is missing or not made of letters, digits, dots and dashes");
            }
            checkName("policy", name, problems);
            if (effectiveFrom == null) {
                problems.add("effectiveFrom is missing");
            } else if (effectiveFrom.getYear() < 2000 || effectiveFrom.getYear() > 2199) {
                problems.add("effectiveFrom must lie between 2000 and 2199");
            }
            if (termMonths == null || !Policy.termLengthAllowed(termMonths)) {
                problems.add("termMonths must be from 1 to " + Policy.MAX_TERM_MONTHS);
            }
            if (thresholds == null) {
                problems.add("thresholds are missing");
            } else {
                problems.addAll(thresholds.problems());
            }
            List<TaskRule> rules = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TaskDocument task : tasks == null ? List.<TaskDocument>of() : tasks) {
                if (task == null) {
                    problems.add("a task is empty");
                    continue;
                }
                if (task.task() != null && !SCHEME_TASKS.contains(task.task())) {
                    problems.add("unknown task " + task.task());
                } else if (task.task() != null && !seen.add(task.task())) {
                    problems.add("task " + task.task() + " is listed twice");
                }
                task.toRule(problems).ifPresent(rules::add);
            }
            SCHEME_TASKS.stream().filter(t -> !seen.contains(t)).sorted()
                    .forEach(t -> problems.add("task " + t + " is missing"));
            if (!problems.isEmpty()) {
                throw new SeedFormatException(source + ": " + String.join("; ", problems));
            }
            return new Policy(policyId, name, effectiveFrom, termMonths, thresholds, rules);
        }
    }

    record TaskDocument(String task, Text name, TaskKind kind, Set<TaskFamily> families, Boolean surgicalOnly,
                        Combine combine, Reading reading, List<MeasureDocument> measures, Boolean dueAtEnd,
                        RegisterRule register, List<OutcomeRule> outcomes) {

        Optional<TaskRule> toRule(List<String> problems) {
            String id = task == null ? "(unnamed task)" : task;
            int before = problems.size();
            if (task == null || task.isBlank()) problems.add("a task has no id");
            checkName(id, name, problems);
            if (kind == null) problems.add(id + ": kind is missing");
            if (families == null) problems.add(id + ": families are missing");
            if (families != null && families.contains(null)) problems.add(id + ": a family is empty");
            if (measures != null && measures.contains(null)) problems.add(id + ": a measure is empty");
            if (outcomes != null && outcomes.contains(null)) problems.add(id + ": an outcome is empty");
            if (problems.size() > before) {
                return Optional.empty();
            }
            boolean applies = families != null && !families.isEmpty();
            List<Measure> parsed = new ArrayList<>();
            for (MeasureDocument m : measures == null ? List.<MeasureDocument>of() : measures) {
                m.toMeasure(id, kind, problems).ifPresent(parsed::add);
            }
            if (applies && kind != null) {
                switch (kind) {
                    case REGISTER -> registerProblems(id, problems);
                    case OUTCOME -> {
                        if (outcomes == null || outcomes.isEmpty()) problems.add(id + ": no outcomes");
                    }
                    default -> {
                        if (parsed.isEmpty() && (measures == null || measures.isEmpty())) {
                            problems.add(id + ": no measures");
                        }
                    }
                }
            }
            (outcomes == null ? List.<OutcomeRule>of() : outcomes).forEach(o -> problems.addAll(o.problems(id)));
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new TaskRule(task, name, kind, families, Boolean.TRUE.equals(surgicalOnly),
                    combine == null ? Combine.ALL : combine,
                    reading == null ? Reading.QUARTER_TOTAL : reading,
                    parsed, Boolean.TRUE.equals(dueAtEnd), register, outcomes));
        }

        private void registerProblems(String id, List<String> problems) {
            if (register == null) {
                problems.add(id + ": register is missing");
                return;
            }
            if (register.track() == null) problems.add(id + ": register has no track");
            if (register.dueByTermMonth() < 1) problems.add(id + ": register.dueByTermMonth must be at least 1");
            for (Rank rank : Rank.values()) {
                Integer target = register.targets() == null ? null : register.targets().get(rank);
                if (target == null || target < 0 || target > MAX_TARGET) {
                    problems.add(id + ": the register target for " + rank + " must be from 0 to " + MAX_TARGET);
                }
            }
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
                } else if (target < 0 || target > MAX_TARGET) {
                    problems.add(task + ": target for " + rank + " must be from 0 to " + MAX_TARGET);
                }
            }
            return problems.size() > before ? Optional.empty() : Optional.of(new Measure(known.get(), targets));
        }
    }
}
