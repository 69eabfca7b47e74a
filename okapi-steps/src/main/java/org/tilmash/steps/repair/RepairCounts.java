package org.tilmash.steps.repair;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tilmash.steps.report.ReportSection;

/** How many repairs of each kind one document needed; the "repairs" section of the document's report. */
public final class RepairCounts implements ReportSection {

    private final EnumMap<RepairKind, Long> counts = new EnumMap<>(RepairKind.class);

    void add(RepairKind kind, long n) {
        if (n > 0) {
            counts.merge(kind, n, Long::sum);
        }
    }

    public long count(RepairKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    @Override
    public String sectionName() {
        return "repairs";
    }

    /** Every kind, zeros included, in a fixed order: reports of different documents compare line by line. */
    @Override
    public Map<String, Long> sectionValue() {
        Map<String, Long> value = new LinkedHashMap<>();
        for (RepairKind kind : RepairKind.values()) {
            value.put(kind.reportName(), count(kind));
        }
        return value;
    }

    @Override
    public String toString() {
        return sectionValue().toString();
    }
}
