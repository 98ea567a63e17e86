/** What the access decisions read: whether a citizen is an authority's own today. */
package dk.samtaleregister.adgang.persistence;
