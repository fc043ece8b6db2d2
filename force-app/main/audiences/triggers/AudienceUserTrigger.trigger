trigger AudienceUserTrigger on User(after insert, after update) {
    new AudienceUserTriggerHandler().run();
}
