package cn.nengshang.ledger.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.function.Consumer;

/** One change of an event's shape: a revision read as the next, with the fields it gained. */
final class ShapeUpcaster extends SingleEventUpcaster {

    private final String type;
    private final String from;
    private final String to;
    private final Consumer<ObjectNode> change;

    ShapeUpcaster(String type, String from, String to, Consumer<ObjectNode> change) {
        this.type = type;
        this.from = from;
        this.to = to;
        this.change = change;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getName().equals(type) && from.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcast(new SimpleSerializedType(type, to), JsonNode.class, node -> {
            change.accept((ObjectNode) node);
            return node;
        }, metaData -> metaData);
    }
}
