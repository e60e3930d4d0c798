package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.DomainRange;
import cn.nengshang.policy.TextRule;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The edge's check of every value of a request body, whatever the field: a text obeys {@link TextRule} and
 * is at most {@link #MAX_TEXT} long, a date lies in {@link DomainRange}, a decimal number is no larger and no
 * finer than it allows. Each field's own rules (required, shorter, a narrower range) come after, from the
 * command; this check makes sure nothing reaches the record that a read model could not store.
 */
final class EdgeValues extends BeanDeserializerModifier {

    /** Longer than any text the record takes; each field's own limit is smaller. */
    static final int MAX_TEXT = 20_000;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == String.class || type == BigDecimal.class || type == LocalDate.class || type == YearMonth.class
                || type == OffsetDateTime.class || type == Instant.class) {
            return new Checked(deserializer);
        }
        return deserializer;
    }

    /** An enum is named exactly: {@code "ASSOCIATE_SENIOR "} is not {@code ASSOCIATE_SENIOR}. */
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Checked(deserializer);
    }

    /**
     * A value other than a text or a number is written as one string, exactly: no array form of a date, no
     * spaces or control characters around a date or an enum's name (the readers underneath would trim them).
     */
    private static void exact(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new EdgeValueException(parser, "INVALID");
        }
        String text = parser.getText();
        if (text.isEmpty() || !text.strip().equals(text) || TextRule.problem(text, false).isPresent()) {
            throw new EdgeValueException(parser, "INVALID");
        }
    }

    /**
     * Deserializes as the wrapped deserializer does, from a value written exactly, then refuses a value outside
     * the edge's limits.
     */
    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (handledType() != String.class && handledType() != BigDecimal.class
                    && parser.currentToken() != JsonToken.VALUE_NULL) {
                exact(parser);
            }
            Object value = super.deserialize(parser, context);
            check(parser, value);
            return value;
        }

        private static void check(JsonParser parser, Object value) throws EdgeValueException {
            if (value instanceof String text) {
                if (text.length() > MAX_TEXT) throw new EdgeValueException(parser, "TOO_LONG", MAX_TEXT);
                var problem = TextRule.problem(text, true);
                if (problem.isPresent()) throw new EdgeValueException(parser, "TEXT_" + problem.get().name());
            } else if (value instanceof BigDecimal number && !DomainRange.contains(number)) {
                throw new EdgeValueException(parser, "NUMBER_RANGE", DomainRange.MAX_NUMBER.toPlainString(),
                        DomainRange.MAX_SCALE);
            } else if (dayOf(value) != null && !DomainRange.contains(dayOf(value))) {
                throw new EdgeValueException(parser, "DATE_RANGE", DomainRange.FIRST_DAY, DomainRange.LAST_DAY);
            }
        }

        private static LocalDate dayOf(Object value) {
            if (value instanceof LocalDate day) return day;
            if (value instanceof YearMonth month) return month.atDay(1);
            if (value instanceof OffsetDateTime instant) return instant.toLocalDate();
            if (value instanceof Instant instant && instant.isAfter(Instant.MIN.plusSeconds(86_400))
                    && instant.isBefore(Instant.MAX.minusSeconds(86_400))) {
                return instant.atOffset(ZoneOffset.UTC).toLocalDate();
            }
            if (value instanceof Instant) return LocalDate.MIN;
            return null;
        }
    }
}
