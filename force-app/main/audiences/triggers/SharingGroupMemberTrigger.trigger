trigger SharingGroupMemberTrigger on Sharing_Group_Member__c(
    before insert,
    before update,
    after insert,
    after update,
    after delete,
    after undelete
) {
    new SharingGroupMemberTriggerHandler().run();
}
