package cn.nengshang.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The ledger: the event-sourced record of every senior's assessments, and what follows from it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NengshangApplication {

    /** Axon reports usage to its vendor unless told not to; a ledger of personnel decisions must not. */
    static final String UPDATE_CHECK_OFF = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (System.getProperty(UPDATE_CHECK_OFF) == null) {
            System.setProperty(UPDATE_CHECK_OFF, "true");
        }
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(NengshangApplication.class, args);
    }
}
