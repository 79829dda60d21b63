package org.clearance.lists;

import org.clearance.io.Sniff;

/**
 * A format whose id, description and dataset are fixed, which is most of them; a format that decides
 * its dataset from the file (OFAC, FtM) overrides {@link #defaultDataset}.
 */
public abstract class BasicListFormat implements ListFormat {
    private final String id;
    private final String description;
    private final String dataset;

    /**
     * @param dataset the dataset of every file of this format, or null when the subclass overrides
     *                {@link #defaultDataset} to decide from the file
     */
    protected BasicListFormat(String id, String description, String dataset) {
        this.id = id;
        this.description = description;
        this.dataset = dataset;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String defaultDataset(Sniff sniff) {
        return dataset;
    }
}
