package org.corroborate.cli;

import picocli.CommandLine;

/** Converters for options that take a count or a limit: a number below 1 is a usage error, not a failed run. */
final class PositiveNumbers {

    private PositiveNumbers() {
    }

    /** An {@code int} of at least 1. */
    static final class Int implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) positive(value, Integer.MAX_VALUE);
        }
    }

    /** A {@code long} of at least 1. */
    static final class Long implements CommandLine.ITypeConverter<java.lang.Long> {
        @Override
        public java.lang.Long convert(String value) {
            return positive(value, java.lang.Long.MAX_VALUE);
        }
    }

    /** Monte Carlo samples per claim: at least {@value #MIN_SAMPLES}, as the scoring asks. */
    static final class Samples implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) atLeast(MIN_SAMPLES, value, Integer.MAX_VALUE);
        }
    }

    /** The fewest Monte Carlo samples an interval is drawn from. */
    static final int MIN_SAMPLES = 100;

    private static long positive(String value, long max) {
        return atLeast(1, value, max);
    }

    private static long atLeast(long min, String value, long max) {
        long n;
        try {
            n = java.lang.Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new CommandLine.TypeConversionException("expected a whole number from " + min + " to " + max
                    + ", got " + value);
        }
        return n;
    }
}
