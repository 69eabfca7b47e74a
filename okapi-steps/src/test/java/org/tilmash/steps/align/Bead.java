package org.tilmash.steps.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One alignment link as sentence index lists, the form of Vecalign's {@code .links} files ({@code [1,2]:[3]}). */
record Bead(List<Integer> source, List<Integer> target) {
    private static final Pattern LINE = Pattern.compile("\\[([\\d,\\s]*)]\\s*:\\s*\\[([\\d,\\s]*)]");

    static Bead parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a link line: " + line);
        }
        return new Bead(indices(m.group(1)), indices(m.group(2)));
    }

    static Bead of(Link link) {
        return new Bead(range(link.sourceStart(), link.sourceCount()), range(link.targetStart(), link.targetCount()));
    }

    static List<Bead> of(List<Link> links) {
        return links.stream().map(Bead::of).toList();
    }

    static List<Integer> range(int start, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(start + k);
        }
        return out;
    }

    private static List<Integer> indices(String list) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.parseInt(part.trim()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return source + ":" + target;
    }
}
