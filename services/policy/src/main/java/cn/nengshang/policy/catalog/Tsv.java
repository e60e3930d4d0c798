package cn.nengshang.policy.catalog;

import cn.nengshang.policy.SeedFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tab-separated seed tables: a header line, then one row a line, cells by column name. */
final class Tsv {

    private Tsv() {
    }

    static List<Map<String, String>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeedFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new SeedFormatException(file + " is empty");
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = Arrays.copyOf(lines.get(i).split("\t", -1), header.length);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], cells[c] == null ? "" : cells[c].strip());
            }
            rows.add(row);
        }
        return rows;
    }

    static String required(Map<String, String> row, String column, Path file) {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            throw new SeedFormatException(file + ": row " + row + " has no " + column);
        }
        return value;
    }
}
