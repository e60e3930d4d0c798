package cn.nengshang.ledger.architecture;

import cn.nengshang.ledger.common.Operation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's role table is the code's: made from {@link Operation}, so that they never drift apart. When
 * this fails, the table the code has now is written to {@code target/role-table.md}: put it in the README.
 */
class RoleTableTest {

    static final String BEGIN = "<!-- role table: made from cn.nengshang.ledger.common.Operation -->\n";
    static final String END = "<!-- end of role table -->";

    @Test
    void theReadmeShowsTheRoleTableOfTheCode() throws IOException {
        String table = Operation.table();
        Files.writeString(Path.of("target/role-table.md"), table, StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("the README marks its role table").isNotNegative();
        assertThat(readme.substring(begin + BEGIN.length(), end)).isEqualTo(table);
    }
}
