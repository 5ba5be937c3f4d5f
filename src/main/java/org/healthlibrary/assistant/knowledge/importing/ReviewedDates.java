package org.healthlibrary.assistant.knowledge.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the date a page was last clinically reviewed: a {@code <meta name="last-reviewed">}
 * (or {@code reviewed}, {@code review-date}, {@code dcterms.reviewed}) first, because it is
 * meant for machines, else the first short line such as "Last reviewed: 03/2024" or
 * "Reviewed on March 12, 2024" (a {@code <time datetime>} inside it wins over its text).
 * "Last updated" is not a review and is ignored. Month-only dates become the first of the
 * month. Numeric dates are read US style (03/12/2024 is 12 March) unless the first number is
 * above 12. Stateless and thread-safe.
 */
final class ReviewedDates {

    /** A line that announces a review date; {@link Boilerplate} also removes these lines. */
    static final Pattern REVIEWED_LINE = Pattern.compile(
            "(?i)^(.{0,60}[|•·]\\s*)?(page |content |article )?(last |medically |clinically |date )?reviewed\\b.*");
    private static final Pattern META_NAME = Pattern.compile("(?i)last[-_]?reviewed|reviewed|review[-_]date|dcterms\\.reviewed");
    private static final int MAX_LINE = 200;

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private ReviewedDates() {
    }

    /** The review date of a page, if it states one. Call before boilerplate removal. */
    static Optional<LocalDate> find(Document doc) {
        for (Element meta : doc.select("meta[name][content]")) {
            if (META_NAME.matcher(meta.attr("name").strip()).matches()) {
                Optional<LocalDate> date = parse(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Element e : doc.body().getAllElements()) {
            String text = e.text().strip();
            if (text.length() <= MAX_LINE && REVIEWED_LINE.matcher(text).matches()) {
                Element time = e.selectFirst("time[datetime]");
                Optional<LocalDate> date = time == null ? Optional.empty() : parse(time.attr("datetime"));
                if (date.isEmpty()) {
                    date = parse(text);
                }
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** The first date written in {@code text}, in any of the supported forms. */
    static Optional<LocalDate> parse(String text) {
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int a = num(m, 1);
            int b = num(m, 2);
            return a > 12 ? date(num(m, 3), b, a) : date(num(m, 3), a, b);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(num(m, 4), month(m.group(1)), num(m, 2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(num(m, 4), month(m.group(3)), num(m, 1));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(num(m, 2), month(m.group(1)), 1);
        }
        m = MONTH_YEAR_NUMERIC.matcher(text);
        if (m.find()) {
            return date(num(m, 2), num(m, 1), 1);
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        Month m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3));
        return m == null ? 0 : m.getValue();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
