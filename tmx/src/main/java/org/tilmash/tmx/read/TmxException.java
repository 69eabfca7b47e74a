package org.tilmash.tmx.read;

/** Thrown by {@link TmxReader} when the file is not usable TMX; carries the {@link TmxError} value. */
public final class TmxException extends Exception {

    private final transient TmxError error;

    public TmxException(TmxError error) {
        super(error.toString());
        this.error = error;
    }

    public TmxError error() {
        return error;
    }
}
