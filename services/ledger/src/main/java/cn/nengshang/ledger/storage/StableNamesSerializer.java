package cn.nengshang.ledger.storage;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, naming the product's stored types by their stable names (see {@link StoredTypes})
 * rather than their Java classes, so that classes can move without losing what was written.
 */
public class StableNamesSerializer extends JacksonSerializer {

    private final StoredTypes types;

    public StableNamesSerializer(Builder builder, StoredTypes types) {
        super(builder);
        this.types = types;
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return types.nameOf(type)
                .<SerializedType>map(name -> new SimpleSerializedType(name, revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    public Class classForType(SerializedType type) {
        return types.typeOf(type.getName()).map(c -> (Class) c).orElseGet(() -> super.classForType(type));
    }

    private String revisionOf(Class<?> type) {
        return super.typeForClass(type).getRevision();
    }
}
