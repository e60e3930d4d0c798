package cn.nengshang.ledger.storage;

import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stable name of every type the product stores: its simple name, for each event and deadline payload (a
 * record with {@code @Revision}) and each saga, found in the product's packages at start; two with one name
 * stop the start. Beside them, the names the previous version wrote ({@code legacy-type-names.tsv}).
 */
public final class StoredTypes {

    static final String PACKAGE = "cn.nengshang.ledger";
    static final String LEGACY = "storage/legacy-type-names.tsv";
    /** The legacy table's mark for a type that is no longer read. */
    static final String DROPPED = "-";

    private final Map<String, Class<?>> byName = new HashMap<>();
    private final Map<Class<?>, String> byType = new HashMap<>();
    private final Map<String, String> legacy;

    private StoredTypes(Map<String, String> legacy) {
        this.legacy = Map.copyOf(legacy);
    }

    public static StoredTypes scan() {
        StoredTypes types = new StoredTypes(legacyNames());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return d.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Saga.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(PACKAGE)) {
            types.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), StoredTypes.class.getClassLoader()));
        }
        return types;
    }

    private void add(Class<?> type) {
        String name = type.getSimpleName();
        Class<?> other = byName.putIfAbsent(name, type);
        if (other != null && other != type) {
            throw new IllegalStateException("two stored types are named " + name + ": " + other.getName() + " and "
                    + type.getName() + "; give one of them another name");
        }
        byType.put(type, name);
    }

    /** The stable name of a stored type, if it is one of the product's. */
    public Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** The type a stored name stands for: a stable name, or one the previous version wrote. */
    public Optional<Class<?>> typeOf(String name) {
        Class<?> type = byName.get(name);
        if (type != null) return Optional.of(type);
        String renamed = legacy.get(name);
        return renamed == null || renamed.equals(DROPPED) ? Optional.empty() : Optional.ofNullable(byName.get(renamed));
    }

    /** The stable name for a name the previous version wrote; {@link #DROPPED} for a type no longer read. */
    public Optional<String> legacyRename(String name) {
        return Optional.ofNullable(legacy.get(name));
    }

    public Map<String, Class<?>> all() {
        return Map.copyOf(byName);
    }

    private static Map<String, String> legacyNames() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = StoredTypes.class.getClassLoader().getResourceAsStream(LEGACY)) {
            if (in == null) throw new IllegalStateException(LEGACY + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                names.put(cells[0].strip(), cells[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
