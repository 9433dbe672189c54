package org.corroborate.cli;

import org.corroborate.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that read the store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "PATH|JDBC-URL",
            description = "The store: an H2 file path (default ~/.corroborate/store) or a JDBC URL such as"
                    + " jdbc:postgresql://host/db?user=u&password=p.")
    String store;

    /** The store's location as given, else the default file. */
    String spec() {
        return store == null || store.isBlank() ? Store.defaultLocation().toString() : store;
    }
}
