/** Who is calling, and what they may see and do: pure Java, no Spring. */
package dk.samtaleregister.adgang.domain;
