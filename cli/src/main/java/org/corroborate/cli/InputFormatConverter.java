package org.corroborate.cli;

import org.corroborate.ingest.InputFormat;
import picocli.CommandLine;

/** {@code --format NAME}: a format's name or one of its extensions; anything else is a usage error. */
final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {

    @Override
    public InputFormat convert(String value) {
        try {
            return InputFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
