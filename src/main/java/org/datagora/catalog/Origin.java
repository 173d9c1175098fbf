package org.datagora.catalog;

import java.util.UUID;

/**
 * Where a harvested dataset comes from: the harvest source, the dataset's identifier there and
 * its page. Its fields are the source's: here they are read-only, except local additions
 * (badges, resources added here).
 */
public record Origin(UUID sourceId, String sourceName, String remoteId, String remotePage) {
}
