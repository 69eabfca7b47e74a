package org.tilmash.steps.repair;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tilmash.steps.report.ReportSection;

/**
 * How many repairs of each kind one document needed, and where and why each line join was made (so that a user can
 * check it); the "repairs" section of the document's report.
 */
public final class RepairCounts implements ReportSection {

    /** Joins listed at most; past it they are counted only (a wrapped document of any size streams). */
    static final int LISTED_JOINS = 10_000;

    /** One join: the line (1-based, in the input file) that was joined to the line after it, and why. */
    public record LineJoinRecord(long line, String why) {
    }

    private final EnumMap<RepairKind, Long> counts = new EnumMap<>(RepairKind.class);
    private final List<LineJoinRecord> joins = new ArrayList<>();

    void add(RepairKind kind, long n) {
        if (n > 0) {
            counts.merge(kind, n, Long::sum);
        }
    }

    void addJoin(long line, LineJoin.Reason why) {
        add(RepairKind.JOINED_LINES, 1);
        if (joins.size() < LISTED_JOINS) {
            joins.add(new LineJoinRecord(line, why.reportName()));
        }
    }

    /** The joins made, in order (the first {@link #LISTED_JOINS}). */
    public List<LineJoinRecord> joins() {
        return List.copyOf(joins);
    }

    public long count(RepairKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    @Override
    public String sectionName() {
        return "repairs";
    }

    /**
     * Every kind, zeros included, in a fixed order (reports of different documents compare line by line), then the
     * list of line joins.
     */
    @Override
    public Map<String, Object> sectionValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        for (RepairKind kind : RepairKind.values()) {
            value.put(kind.reportName(), count(kind));
        }
        value.put("lineJoins", joins());
        return value;
    }

    @Override
    public String toString() {
        return sectionValue().toString();
    }
}
