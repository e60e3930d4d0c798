package cn.nengshang.ledger.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SeedFolderTest {

    private static final Path REPOSITORY_SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));

    @TempDir
    Path data;

    private static NengshangProperties properties(Path dataDir, Path seedsDir) {
        return new NengshangProperties(dataDir, seedsDir, null, false, null);
    }

    @Test
    void withoutAFolderNamedTheSeedsShippedInTheJarAreReadAsTheRepositoryHasThem() throws Exception {
        Path stale = data.resolve("seeds/policy/withdrawn-policy.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{}");

        SeedFolder seeds = SeedFolder.of(properties(data, null));

        assertThat(seeds.path()).isEqualTo(data.resolve("seeds").toAbsolutePath());
        for (String file : new String[]{"catalog/specialties.tsv", "catalog/post-grades.tsv", "catalog/pay-scale.tsv",
                "policy/cele-2026-v1.json", "calendar/xinjiang-2026.tsv", "demo/organisation.json", "demo/staff.tsv",
                "demo/scenario.json"}) {
            assertThat(seeds.resolve(file)).as(file).hasSameBinaryContentAs(REPOSITORY_SEEDS.resolve(file));
        }
        assertThat(stale).as("what an earlier version shipped is not read").doesNotExist();
        assertThat(seeds.resolve("sources")).as("the source documents stay in the repository").doesNotExist();
    }

    @Test
    void aFolderNamedIsReadInstead() {
        assertThat(SeedFolder.of(properties(data, REPOSITORY_SEEDS)).path()).isEqualTo(REPOSITORY_SEEDS);
        assertThat(SeedFolder.of(properties(data, Path.of(""))).path()).as("an empty setting names none")
                .isEqualTo(data.resolve("seeds").toAbsolutePath());
    }
}
