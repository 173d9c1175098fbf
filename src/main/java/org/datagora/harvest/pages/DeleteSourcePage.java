package org.datagora.harvest.pages;

import org.datagora.harvest.HarvestSource;

/** The second step of deleting a source: what goes, what stays, and the button. */
public record DeleteSourcePage(HarvestSource source) {
}
