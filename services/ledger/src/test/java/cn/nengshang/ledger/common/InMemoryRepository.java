package cn.nengshang.ledger.common;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Id;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Spring Data repository kept in a map, so that a projection is tested as a plain object: the calls
 * projections make ({@code save}, {@code findById}, {@code existsById}, {@code count}, {@code findAll},
 * {@code deleteAllInBatch}), derived finders of the form {@code findBy<A>And<B>[In]OrderBy<C>Asc|Desc}, and
 * named queries given as functions of their arguments. A loaded row is the stored object itself, as an
 * entity in a persistence context is: changing it changes what is stored.
 */
public final class InMemoryRepository {

    private InMemoryRepository() {
    }

    public static <R> R of(Class<R> repository) {
        return of(repository, Map.of());
    }

    /** A repository whose named queries answer by these functions of the store and their arguments. */
    public static <R> R of(Class<R> repository, Map<String, Function<Call, Object>> queries) {
        Map<Object, Object> rows = new LinkedHashMap<>();
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[]{repository},
                (proxy, method, args) -> answer(rows, queries, method, args == null ? new Object[0] : args)));
    }

    /** What a named query is asked: the rows stored now and its arguments. */
    public record Call(List<Object> rows, Object[] args) {

        @SuppressWarnings("unchecked")
        public <T> List<T> rowsOf(Class<T> type) {
            return (List<T>) rows;
        }
    }

    private static Object answer(Map<Object, Object> rows, Map<String, Function<Call, Object>> queries, Method method,
                                 Object[] args) {
        String name = method.getName();
        if (queries.containsKey(name)) {
            return queries.get(name).apply(new Call(List.copyOf(rows.values()), args));
        }
        switch (name) {
            case "save", "saveAndFlush" -> {
                rows.put(idOf(args[0]), args[0]);
                return args[0];
            }
            case "saveAll" -> {
                List<Object> saved = new ArrayList<>();
                ((Iterable<?>) args[0]).forEach(row -> {
                    rows.put(idOf(row), row);
                    saved.add(row);
                });
                return saved;
            }
            case "findById" -> {
                return Optional.ofNullable(rows.get(args[0]));
            }
            case "existsById" -> {
                return rows.containsKey(args[0]);
            }
            case "count" -> {
                return (long) rows.size();
            }
            case "findAll" -> {
                return new ArrayList<>(rows.values());
            }
            case "deleteAllInBatch", "deleteAll" -> {
                rows.clear();
                return null;
            }
            case "deleteById" -> {
                rows.remove(args[0]);
                return null;
            }
            case "delete" -> {
                rows.remove(idOf(args[0]));
                return null;
            }
            case "toString" -> {
                return "in-memory " + rows.keySet();
            }
            case "hashCode" -> {
                return System.identityHashCode(rows);
            }
            default -> {
                if (name.startsWith("findBy")) return derived(rows.values(), method, args);
                throw new UnsupportedOperationException(method + " is not kept in memory");
            }
        }
    }

    private static Object derived(Collection<Object> rows, Method method, Object[] args) {
        String[] parts = method.getName().substring("findBy".length()).split("OrderBy", 2);
        String[] criteria = parts[0].split("And");
        List<Object> found = new ArrayList<>();
        for (Object row : rows) {
            boolean matches = true;
            for (int i = 0; i < criteria.length; i++) {
                String criterion = criteria[i];
                Object value = criterion.endsWith("In") ? field(row, criterion.substring(0, criterion.length() - 2))
                        : field(row, criterion);
                Object wanted = args[i];
                matches &= criterion.endsWith("In") ? ((Collection<?>) wanted).contains(value)
                        : String.valueOf(wanted).equals(String.valueOf(value));
            }
            if (matches) found.add(row);
        }
        if (parts.length > 1) {
            Comparator<Object> order = null;
            for (String key : parts[1].split("(?<=Asc|Desc)")) {
                boolean descending = key.endsWith("Desc");
                String property = key.replaceFirst("(Asc|Desc)$", "");
                Comparator<Object> next = Comparator.comparing(row -> comparable(field(row, property)),
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                next = descending ? next.reversed() : next;
                order = order == null ? next : order.thenComparing(next);
            }
            found.sort(order);
        }
        return Optional.class.equals(method.getReturnType()) ? found.stream().findFirst() : found;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable<Object> comparable(Object value) {
        return (Comparable) value;
    }

    /** The row's id: its one id field, or the list of its id fields' values (an {@code @IdClass}). */
    private static Object idOf(Object row) {
        List<Object> ids = fields(row.getClass()).stream()
                .filter(f -> f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(EmbeddedId.class))
                .map(f -> read(f, row)).toList();
        if (ids.isEmpty()) throw new IllegalArgumentException(row.getClass() + " has no @Id");
        return ids.size() == 1 ? ids.get(0) : ids;
    }

    private static Object field(Object row, String property) {
        String name = Character.toLowerCase(property.charAt(0)) + property.substring(1);
        return fields(row.getClass()).stream().filter(f -> f.getName().equals(name)).findFirst()
                .map(f -> read(f, row))
                .orElseThrow(() -> new IllegalArgumentException(row.getClass() + " has no field " + name));
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> all = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        return all;
    }

    private static Object read(Field field, Object row) {
        try {
            field.setAccessible(true);
            return field.get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
