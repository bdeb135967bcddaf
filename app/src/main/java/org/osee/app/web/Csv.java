package org.osee.app.web;

import java.util.List;

/**
 * Comma-separated values (RFC 4180, CRLF line ends) that are safe to open in a spreadsheet: a cell that starts with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe so that it is never read as a formula
 * (CSV injection), and cells with commas, quotes or line breaks are quoted.
 */
final class Csv {
    private final StringBuilder out = new StringBuilder();

    /** Adds one row. */
    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i) == null ? "" : String.valueOf(cells.get(i))));
        }
        out.append("\r\n");
        return this;
    }

    /** One cell, neutralised and quoted as needed. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
