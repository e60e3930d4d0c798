package cn.nengshang.policy.promotion;

import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.rules.PolicyLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads promotion rules documents ({@code seeds/promotion/*.json}), each one version in force from its day; a malformed
 * or inconsistent one is refused with every problem named, as a task policy is.
 */
public final class PromotionLoader {

    public static final Set<String> TITLES = Set.of("INTERMEDIATE", "ASSOCIATE_SENIOR", "FULL_SENIOR");
    public static final Set<String> VETO_TYPES = Set.of("FALSE_APPLICATION", "SANCTION", "MEDICAL_ACCIDENT",
            "MEDICAL_DAMAGE", "RED_ENVELOPE_SOLICITED", "RED_ENVELOPE_ACCEPTED", "APPLICATION_CONCEALMENT",
            "EXAM_MISCONDUCT", "REVIEW_RULE_BREACH");
    public static final Set<String> SEVERITIES = Set.of("SERIOUS", "MINOR");
    public static final Set<String> RESPONSIBILITIES = Set.of("FULL", "PRIMARY", "SECONDARY", "MINOR");
    public static final Set<String> APPOINTMENT_STATES = Set.of("APPOINTED", "IN_RECTIFICATION", "UNDER_REVIEW",
            "DOWNGRADED", "DISMISSED");
    /** The longest span the rules may set (years in a title, a veto's window): far above any a province sets. */
    static final int MAX_YEARS = 30;

    private PromotionLoader() {
    }

    record RouteDocument(String from, String to, Map<Education, Integer> years, Integer exceptionalYears) {
    }

    record VetoDocument(String veto, Text name, List<String> types, List<Integer> grades, List<String> severities,
                        List<String> responsibilities, Integer years, Boolean whileSanctioned) {
    }

    record Document(String rulesId, LocalDate effectiveFrom, Text name, List<RouteDocument> routes,
                    List<AnnualRating> uncountedRatings, Integer ratingYears, Integer examValidYears,
                    Integer cmeYearsBefore, List<VetoDocument> vetoes, List<String> barredStates, Boolean openCaseBars) {
    }

    /** Every version in the folder, by the day it takes effect. */
    public static List<PromotionRules> loadFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<PromotionRules> versions = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    versions.add(read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getFileName().toString()));
                }
            }
            if (versions.isEmpty()) throw new SeedFormatException("no promotion rules in " + folder);
            return versions.stream().sorted(Comparator.comparing(PromotionRules::effectiveFrom)).toList();
        } catch (IOException e) {
            throw new SeedFormatException("cannot read promotion rules in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The version in force on a day. */
    public static Optional<PromotionRules> inForceOn(List<PromotionRules> versions, LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PromotionRules::effectiveFrom));
    }

    public static PromotionRules read(String json, String source) {
        Document doc;
        try {
            doc = PolicyLoader.strictJson().readValue(json, Document.class);
        } catch (IOException e) {
            throw new SeedFormatException(source + ": not a promotion rules document: " + PolicyLoader.described(e), e);
        }
        if (doc == null) throw new SeedFormatException(source + ": not a promotion rules document: it is empty");
        List<String> problems = new ArrayList<>();
        if (doc.rulesId() == null || !doc.rulesId().matches("[a-z0-9][a-z0-9.-]{0,99}")) {
            problems.add("rulesId: lower-case letters, digits, '.' and '-', at most 100");
        }
        if (doc.effectiveFrom() == null) problems.add("effectiveFrom: missing");
        PolicyLoader.checkName("rules", doc.name(), problems);
        List<PromotionRules.Route> routes = routes(doc.routes(), problems);
        int ratingYears = years("ratingYears", doc.ratingYears(), 1, problems);
        int examValidYears = years("examValidYears", doc.examValidYears(), 1, problems);
        int cmeYearsBefore = years("cmeYearsBefore", doc.cmeYearsBefore(), 0, problems);
        List<PromotionRules.Veto> vetoes = vetoes(doc.vetoes(), problems);
        Set<String> barred = new LinkedHashSet<>(doc.barredStates() == null ? List.of() : doc.barredStates());
        barred.stream().filter(s -> !APPOINTMENT_STATES.contains(s))
                .forEach(s -> problems.add("barredStates: unknown appointment state " + s));
        if (doc.uncountedRatings() == null) problems.add("uncountedRatings: missing (an empty list counts every year)");
        if (doc.openCaseBars() == null) problems.add("openCaseBars: missing");
        if (!problems.isEmpty()) {
            throw new SeedFormatException(source + ": " + String.join("; ", problems));
        }
        return new PromotionRules(doc.rulesId(), doc.effectiveFrom(), doc.name(), routes,
                doc.uncountedRatings() == null ? Set.of() : present(doc.uncountedRatings()), ratingYears, examValidYears, cmeYearsBefore, vetoes, Set.copyOf(barred),
                doc.openCaseBars());
    }

    private static <T> Set<T> present(List<T> values) {
        return Set.copyOf(values.stream().filter(java.util.Objects::nonNull).toList());
    }

    private static int years(String what, Integer value, int least, List<String> problems) {
        if (value == null || value < least || value > MAX_YEARS) {
            problems.add(what + ": a whole number of years from " + least + " to " + MAX_YEARS);
            return least;
        }
        return value;
    }

    private static List<PromotionRules.Route> routes(List<RouteDocument> given, List<String> problems) {
        List<PromotionRules.Route> routes = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            problems.add("routes: at least one");
            return routes;
        }
        Set<String> froms = new LinkedHashSet<>();
        for (RouteDocument r : given) {
            String what = "routes[" + r.from() + "]";
            if (r.from() == null || !TITLES.contains(r.from()) || r.to() == null || !TITLES.contains(r.to())) {
                problems.add(what + ": from and to are titles of " + TITLES);
            }
            if (!froms.add(String.valueOf(r.from()))) problems.add(what + ": a second route from the same title");
            if (r.years() == null || r.years().isEmpty()) problems.add(what + ": years per education, at least one");
            else r.years().forEach((education, years) -> years(what + ".years." + education, years, 1, problems));
            if (r.exceptionalYears() != null) years(what + ".exceptionalYears", r.exceptionalYears(), 1, problems);
            Map<Education, Integer> byEducation = new java.util.EnumMap<>(Education.class);
            if (r.years() != null) r.years().forEach((e, y) -> {
                if (e != null && y != null) byEducation.put(e, y);
            });
            routes.add(new PromotionRules.Route(r.from(), r.to(), Map.copyOf(byEducation), r.exceptionalYears()));
        }
        return routes;
    }

    private static List<PromotionRules.Veto> vetoes(List<VetoDocument> given, List<String> problems) {
        List<PromotionRules.Veto> vetoes = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            problems.add("vetoes: at least one");
            return vetoes;
        }
        for (VetoDocument v : given) {
            String what = "vetoes[" + v.veto() + "]";
            if (v.veto() == null || !v.veto().matches("[A-Z][A-Z0-9_]{0,59}")) problems.add(what + ": an upper-case id");
            PolicyLoader.checkName(what, v.name(), problems);
            List<String> types = v.types() == null ? List.of() : v.types();
            if (types.isEmpty() || !VETO_TYPES.containsAll(types)) problems.add(what + ": types of " + VETO_TYPES);
            List<Integer> grades = v.grades() == null ? List.of() : v.grades();
            if (grades.stream().anyMatch(g -> g == null || g < 1 || g > 4)) problems.add(what + ": grades 1 to 4");
            List<String> severities = v.severities() == null ? List.of() : v.severities();
            if (!SEVERITIES.containsAll(severities)) problems.add(what + ": severities of " + SEVERITIES);
            List<String> responsibilities = v.responsibilities() == null ? List.of() : v.responsibilities();
            if (!RESPONSIBILITIES.containsAll(responsibilities)) {
                problems.add(what + ": responsibilities of " + RESPONSIBILITIES);
            }
            boolean whileSanctioned = Boolean.TRUE.equals(v.whileSanctioned());
            if (whileSanctioned == (v.years() != null)) {
                problems.add(what + ": either a window in years or whileSanctioned, not both nor neither");
            } else if (!whileSanctioned) {
                years(what + ".years", v.years(), 1, problems);
            }
            vetoes.add(new PromotionRules.Veto(v.veto(), v.name(), present(types), present(grades), present(severities),
                    present(responsibilities), v.years(), whileSanctioned));
        }
        return vetoes;
    }
}
