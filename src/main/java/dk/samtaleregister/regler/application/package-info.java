/** Loads and checks the rule files at start-up; a broken file stops the service with the file and line. */
package dk.samtaleregister.regler.application;
