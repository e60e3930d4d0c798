package cn.nengshang.ledger.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How request bodies are read: the contract's types only. Unknown fields are refused with their names, a
 * number is never taken from a string nor a whole number from a fraction, an enum never by its position, a
 * date never from a day number or a date-time; every value passes {@link EdgeValues}. The event store's own
 * serializer stays lenient, so that what was once written can always be read.
 */
public final class RequestJson {

    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper general) {
        ObjectMapper strict = general.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .setDefaultLeniency(false)
                .registerModule(new SimpleModule("edge-values").setDeserializerModifier(new EdgeValues()));
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        strict.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // a decimal field takes a whole number as it is: 60 is a score as much as 60.5
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(2_000_000).maxNumberLength(100).maxNestingDepth(64).build());
        this.mapper = strict;
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
