package cn.nengshang.ledger.config;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder the seed data is read from — catalogues, post grades, policies, calendars, the demo consortium: the
 * folder {@code NENGSHANG_SEEDS_DIR} names, or else the seeds shipped inside the jar, copied under the data folder
 * at every start, so that the service runs from any folder and always reads its own jar's seeds.
 */
public record SeedFolder(Path path) {

    /** Where the build puts the repository's seeds inside the jar. */
    static final String SHIPPED = "nengshang-seeds";

    public Path resolve(String file) {
        return path.resolve(file);
    }

    static SeedFolder of(NengshangProperties properties) {
        Path named = properties.seedsDir();
        if (named != null && !named.toString().isBlank()) {
            return new SeedFolder(named);
        }
        return shipped(properties.dataDir().resolve("seeds"));
    }

    /** Copies the seeds shipped in the jar into {@code folder}, replacing what an earlier start left there. */
    static SeedFolder shipped(Path folder) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + SHIPPED + "/**");
            Path target = folder.toAbsolutePath().normalize();
            FileSystemUtils.deleteRecursively(target);
            int copied = 0;
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/" + SHIPPED + "/");
                if (url.endsWith("/") || at < 0 || !resource.isReadable()) continue;
                String relative = URLDecoder.decode(url.substring(at + SHIPPED.length() + 2), StandardCharsets.UTF_8);
                Path file = target.resolve(relative).normalize();
                if (!file.startsWith(target) || relative.isEmpty()) continue;
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                copied++;
            }
            if (copied == 0) {
                throw new IllegalStateException("no seeds are shipped in this build and NENGSHANG_SEEDS_DIR names none");
            }
            return new SeedFolder(target);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped seeds could not be copied to " + folder, e);
        }
    }
}
