package nl.plekwijzer.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Reads an event body: parses the JSON, checks it against the event's JSON Schema and maps it to
 * the event's record. Anything that fails is an {@link UnreadableEventException} whose message
 * names what was wrong and where, never the text that was there (it becomes the dead-letter reason,
 * and a body may hold values that are not anyone's to read).
 */
public final class EventReader {

    private final ObjectMapper json;
    private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

    /** @param json a mapper that knows java.time (Quarkus' own does) */
    public EventReader(ObjectMapper json) {
        this.json = json;
        JsonSchemaFactory factory = schemaFactory();
        for (EventType type : EventType.values()) {
            try (InputStream in = EventReader.class.getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing schema " + type.schemaResource());
                }
                schemas.put(type, factory.getSchema(json.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Draft 2020-12, with the schemas' {@code $id}s resolved to this module's own copies (never fetched). */
    public static JsonSchemaFactory schemaFactory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix("https://plekwijzer.nl/schemas/", "classpath:schemas/")));
    }

    public <T extends Record> T read(String body, EventType type, Class<T> recordType) {
        if (!type.recordType().equals(recordType)) {
            throw new IllegalArgumentException(type + " is read as " + type.recordType().getSimpleName());
        }
        if (body == null || body.isBlank()) {
            throw new UnreadableEventException("Empty message; expected a " + recordType.getSimpleName());
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException(e.getLocation() == null ? "Not a JSON document"
                    : "Not a JSON document (line %d, column %d)".formatted(e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr()), e);
        }
        Set<ValidationMessage> errors = schemas.get(type).validate(tree);
        if (!errors.isEmpty()) {
            throw new UnreadableEventException("Does not match schema " + type.schemaResource() + ": "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        try {
            return json.treeToValue(tree, recordType);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Cannot be read as " + recordType.getSimpleName() + " at "
                    + (e instanceof JsonMappingException mapping ? mapping.getPathReference() : "the root"), e);
        }
    }
}
