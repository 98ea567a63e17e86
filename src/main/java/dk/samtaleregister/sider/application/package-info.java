/** The pages' use cases: the facts a page shows, read through the other capabilities' use cases and access checks. */
package dk.samtaleregister.sider.application;
