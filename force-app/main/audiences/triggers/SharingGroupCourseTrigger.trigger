trigger SharingGroupCourseTrigger on Sharing_Group_Course__c(
    before insert,
    before update,
    after insert,
    after update,
    after delete,
    after undelete
) {
    new SharingGroupCourseTriggerHandler().run();
}
