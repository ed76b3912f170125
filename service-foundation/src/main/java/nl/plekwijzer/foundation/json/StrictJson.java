package nl.plekwijzer.foundation.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON is read strictly, the one way every service reads it: a field the body's type does not
 * have, a key given twice, anything after the document, a fraction where a whole number belongs,
 * and a number where text belongs (a BSN sent as a number) are refused rather than dropped,
 * rounded or guessed. A misspelt {@code needs.confidentail: true} must not make a confidential
 * youth an ordinary one. Dates lie within plausible years ({@link PlausibleDates}). The problems these raise are mapped in {@code JsonProblemMappers}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper json) {
        apply(json);
    }

    /** Makes this mapper strict; for mappers made outside CDI too. */
    public static ObjectMapper apply(ObjectMapper json) {
        json.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        json.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        json.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        json.registerModule(PlausibleDates.module());
        return json;
    }
}
