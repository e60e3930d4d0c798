package cn.nengshang.ledger.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The first upcaster: an event written by the previous version under its Java class's name is read under its
 * stable name; a mirror event (a second record of a fact already recorded) is no longer read.
 */
final class LegacyNames implements EventUpcaster {

    private final StoredTypes types;

    LegacyNames(StoredTypes types) {
        this.types = types;
    }

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> events) {
        return events.flatMap(event -> types.legacyRename(event.getType().getName())
                .map(name -> name.equals(StoredTypes.DROPPED) ? Stream.<IntermediateEventRepresentation>empty()
                        : Stream.of(event.upcast(new SimpleSerializedType(name, event.getType().getRevision()),
                        JsonNode.class, Function.identity(), Function.identity())))
                .orElseGet(() -> Stream.of(event)));
    }
}
