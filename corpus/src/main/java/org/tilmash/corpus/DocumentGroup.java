package org.tilmash.corpus;

import java.io.Serializable;

/**
 * One unit of work: a Kazakh source and its optional Russian and English translations.
 *
 * @param key     where the document sits in the input tree ({@code dir/NAME.kk.EXT}, forward slashes): the order of
 *                the corpus and the place of its outputs under {@code DIR/documents/}
 * @param outputs the base of its outputs under {@code DIR/documents/} ({@code dir/NAME})
 * @param kazakh  the source file: a local path, or a URI read through Hadoop ({@link RemoteFiles})
 * @param russian the Russian translation (the same), or null
 * @param english the English translation (the same), or null
 * @param problem why the group cannot be processed (found while listing), or null
 */
record DocumentGroup(String key, String outputs, String kazakh, String russian, String english, String problem)
        implements Serializable {

    DocumentGroup withProblem(String why) {
        return new DocumentGroup(key, outputs, kazakh, russian, english, why);
    }
}
