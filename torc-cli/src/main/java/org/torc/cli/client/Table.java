package org.torc.cli.client;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table that fits in 100 columns: when the cells are too wide, the widest columns
 * shrink first and their long cells end in {@code ...}.
 */
public final class Table {

    /** The width a table may take, the same as the code's. */
    public static final int WIDTH = 100;

    private static final int GAP = 2;
    private static final int MIN_COLUMN = 6;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers) {
        this.headers = headers;
    }

    public static Table of(String... headers) {
        return new Table(List.of(headers));
    }

    /** Adds a row; {@code null} cells print empty, line breaks as spaces. */
    public Table row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : String.valueOf(cell).replaceAll("\\s*\\R\\s*", " "));
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        int[] widths = fit(naturalWidths());
        printRow(out, headers, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private int[] naturalWidths() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        return widths;
    }

    private static int[] fit(int[] widths) {
        int available = WIDTH - GAP * (widths.length - 1);
        while (Arrays.stream(widths).sum() > available) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) {
                widest = widths[c] > widths[widest] ? c : widest;
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
        }
        return widths;
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = clip(cells.get(c), widths[c]);
            line.append(cell);
            if (c < widths.length - 1) {
                line.append(" ".repeat(widths[c] - cell.length() + GAP));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private static String clip(String cell, int width) {
        return cell.length() <= width ? cell : cell.substring(0, width - 3) + "...";
    }
}
