package org.corroborate.cli;

/** The exit codes every command uses. */
public final class ExitCodes {
    /** Everything was read and written. */
    public static final int OK = 0;
    /** Something failed (an input unreadable, an output not written); the rest was done and said so. */
    public static final int FAILED = 1;
    /** Wrong usage: unknown option, missing argument. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
