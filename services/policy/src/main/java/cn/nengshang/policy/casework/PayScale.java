package cn.nengshang.policy.casework;

import cn.nengshang.policy.SeedFormatException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Monthly post pay by post grade, read from {@code catalog/pay-scale.tsv}: the basis of fraud clawbacks. */
public final class PayScale {

    private final Map<Integer, BigDecimal> monthly;

    public PayScale(Map<Integer, BigDecimal> monthly) {
        this.monthly = new TreeMap<>(monthly);
    }

    public static PayScale load(Path file) {
        try {
            Map<Integer, BigDecimal> monthly = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("grade")) {
                    continue;
                }
                String[] cells = line.split("\t");
                monthly.put(Integer.parseInt(cells[0].strip()), new BigDecimal(cells[1].strip()));
            }
            return new PayScale(monthly);
        } catch (IOException | RuntimeException e) {
            throw new SeedFormatException("cannot read the pay scale " + file + ": " + e.getMessage(), e);
        }
    }

    public BigDecimal monthly(int grade) {
        BigDecimal pay = monthly.get(grade);
        if (pay == null) {
            throw new IllegalArgumentException("no pay for post grade " + grade);
        }
        return pay;
    }
}
