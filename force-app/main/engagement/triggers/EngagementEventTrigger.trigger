trigger EngagementEventTrigger on Engagement__e(after insert) {
    new EngagementEventSubscriber().run();
}
