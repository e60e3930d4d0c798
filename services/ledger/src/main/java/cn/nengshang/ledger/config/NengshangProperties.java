package cn.nengshang.ledger.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The product's settings ({@code nengshang.*}), mostly filled from NENGSHANG_* environment variables.
 *
 * @param dataDir  where the embedded PostgreSQL keeps its data between runs
 * @param seedsDir the folder of seed data: catalogue, post grades, policies, demo consortium
 * @param db       an external PostgreSQL; when its url is empty the embedded one is started
 * @param demo     whether the demo consortium is loaded on start
 * @param security the development signing key (local and simulation only) or an issuer
 */
@ConfigurationProperties("nengshang")
public record NengshangProperties(Path dataDir, Path seedsDir, Db db, boolean demo, Security security) {

    public record Db(String url, String user, String password) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Security(String devKey, String issuerUri) {
    }
}
