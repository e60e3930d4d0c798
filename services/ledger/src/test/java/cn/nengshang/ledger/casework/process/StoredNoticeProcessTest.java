package cn.nengshang.ledger.casework.process;

import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.storage.StableNamesSerializer;
import cn.nengshang.ledger.storage.StoredTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice process stored by the version before, which counted open objections itself, still loads and runs. */
class StoredNoticeProcessTest {

    /** A strict reader: a field it does not know fails it, unless the process says the field is no more. */
    private final Serializer serializer = new StableNamesSerializer(
            JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules()), StoredTypes.scan());

    @Test
    void aProcessOfThePreviousVersionPastItsEndClosesTheNoticeWhenAnObjectionIsAnswered() {
        byte[] stored = "{\"caseId\":\"CL-0001-C1\",\"openObjections\":1,\"over\":true}"
                .getBytes(StandardCharsets.UTF_8);
        NoticeProcess process = serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class,
                serializer.typeForClass(NoticeProcess.class)));
        List<Object> sent = new ArrayList<>();
        CommandGateway commands = (CommandGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{CommandGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendAndWait")) sent.add(args[0]);
                    return null;
                });

        process.on(new ObjectionAnswered(CaseId.of("CL-0001-C1"), StaffId.of("CL-0001"), "CL-0001-C1-O1", "已核实",
                false), commands, null);

        assertThat(sent).containsExactly(new CloseNotice(CaseId.of("CL-0001-C1")));
    }
}
