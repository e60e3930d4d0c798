package cn.nengshang.ledger.config;

import cn.nengshang.ledger.common.web.TokenClaimNames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The product's settings ({@code nengshang.*}), mostly filled from NENGSHANG_* environment variables.
 *
 * @param dataDir  where the embedded PostgreSQL keeps its data between runs
 * @param seedsDir a folder of seed data (catalogue, post grades, policies, demo consortium) to read instead of
 *                 the seeds shipped in the jar ({@link SeedFolder})
 * @param db       an external PostgreSQL; when its url is empty the embedded one is started
 * @param demo     whether the demo consortium is loaded on start
 * @param security the development signing key (local and simulation only) or an issuer and audience
 */
@ConfigurationProperties("nengshang")
public record NengshangProperties(Path dataDir, Path seedsDir, Db db, boolean demo, Security security) {

    /**
     * @param durable       fsync and synchronous commit on the embedded database (off only to make tests faster)
     * @param allowEmbedded production starts on the embedded database only when this says so explicitly
     */
    /**
     * @param idleTransactionTimeout how long PostgreSQL lets a transaction sit idle before it ends the session
     *                               (and so the transaction, uncommitted): shorter than the event store's gap
     *                               timeout, so that no event can be committed after the processors have given
     *                               up waiting for its position
     */
    public record Db(String url, String user, String password, @DefaultValue("true") boolean durable,
                     @DefaultValue("false") boolean allowEmbedded,
                     @DefaultValue("PT20S") Duration idleTransactionTimeout) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param claims where tokens carry roles and scope ({@code nengshang.security.claims.roles}: a claim name or
     *               a dotted path such as {@code realm_access.roles}); {@code roles}, {@code institution} and
     *               {@code department} when not set
     */
    public record Security(String devKey, String issuerUri, String audience,
                           @DefaultValue("PT30S") Duration clockSkew, TokenClaimNames claims) {

        public Security {
            claims = claims == null ? TokenClaimNames.DEFAULT : claims;
        }
    }
}
