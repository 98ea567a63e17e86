/** The access decisions the use cases ask for, and the call they are made for. */
package dk.samtaleregister.adgang.application;
