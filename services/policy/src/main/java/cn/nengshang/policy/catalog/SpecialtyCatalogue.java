package cn.nengshang.policy.catalog;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The specialty catalogue, read from the seed table {@code catalog/specialties.tsv}. */
public final class SpecialtyCatalogue {

    private final Map<String, Specialty> byCode;

    public SpecialtyCatalogue(List<Specialty> specialties) {
        Map<String, Specialty> map = new LinkedHashMap<>();
        specialties.forEach(s -> map.put(s.code(), s));
        this.byCode = Collections.unmodifiableMap(map);
    }

    public static SpecialtyCatalogue load(Path file) {
        return new SpecialtyCatalogue(Tsv.read(file).stream()
                .map(row -> new Specialty(
                        Tsv.required(row, "code", file),
                        Tsv.required(row, "name", file),
                        row.getOrDefault("practiceCategory", ""),
                        row.getOrDefault("practiceScope", ""),
                        Boolean.parseBoolean(row.get("surgical"))))
                .toList());
    }

    public Optional<Specialty> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Specialty> all() {
        return List.copyOf(byCode.values());
    }
}
