package org.tilmash.tmx.memory;

import java.util.Map;

/**
 * What an import did.
 *
 * @param units          {@code <tu>} elements read
 * @param written        translations offered to the memory, per target language
 * @param added          entries the memory gained, per target language; {@code written - added} were duplicates
 *                       (same normalized source, translation and context) merged into an existing entry
 * @param untranslated   units that had no non-empty variant besides the source
 */
public record ImportSummary(long units, Map<String, Long> written, Map<String, Long> added, long untranslated) {

    public long duplicates() {
        return written.values().stream().mapToLong(Long::longValue).sum()
                - added.values().stream().mapToLong(Long::longValue).sum();
    }
}
